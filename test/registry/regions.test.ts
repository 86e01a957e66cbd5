import { availabilityDomainCount, knownRegions, REGION_KEYS, regionKey } from '../../lib/core/regions';

describe('regionKey', () => {
  test.each([
    ['us-ashburn-1', 'iad'],
    ['us-phoenix-1', 'phx'],
    ['us-chicago-1', 'ord'],
    ['us-sanjose-1', 'sjc'],
    ['ap-tokyo-1', 'nrt'],
    ['ap-osaka-1', 'kix'],
    ['ap-singapore-2', 'xsp'],
    ['ap-chuncheon-1', 'yny'],
    ['sa-saopaulo-1', 'gru'],
    ['sa-vinhedo-1', 'vcp'],
    ['eu-frankfurt-1', 'fra'],
    ['eu-milan-1', 'lin'],
    ['eu-stockholm-1', 'arn'],
    ['uk-london-1', 'lhr'],
    ['uk-cardiff-1', 'cwl'],
    ['me-riyadh-1', 'ruh'],
    ['il-jerusalem-1', 'mtz'],
    ['af-johannesburg-1', 'jnb'],
    ['eu-turin-1', 'nrq'],
    ['ap-kulai-2', 'jbp'],
    ['af-casablanca-1', 'lej'],
    ['eu-madrid-3', 'orf'],
    ['ap-batam-1', 'hsg'],
  ])('%s has key %s', (region, key) => {
    expect(regionKey(region)).toBe(key);
  });

  test.each([
    ['mars-north-1'],
    [''],
    ['US-ASHBURN-1'],
    ['us-gov-ashburn-1'],
    ['uk-gov-london-1'],
    ['eu-frankfurt-2'],
    ['eu-jovanovac-1'],
    ['us-saltlake-2'],
    ['toString'],
    ['__proto__'],
  ])('unknown region %p has no key', (region) => {
    expect(regionKey(region)).toBeUndefined();
  });
});

describe('region table', () => {
  test('has 44 OC1 regions', () => {
    expect(knownRegions()).toHaveLength(44);
    expect(Object.keys(REGION_KEYS)).toHaveLength(44);
  });

  test('knownRegions is sorted', () => {
    const regions = knownRegions();
    expect(regions).toEqual([...regions].sort());
  });

  test('keys are distinct three lowercase letters', () => {
    const keys = Object.values(REGION_KEYS);
    for (const key of keys) {
      expect(key).toMatch(/^[a-z]{3}$/);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('identifiers follow the <area>-<city>-<n> form', () => {
    for (const region of knownRegions()) {
      expect(region).toMatch(/^[a-z]{2}-[a-z]+-[0-9]$/);
    }
  });

  test('table cannot be changed at run time', () => {
    expect(Object.isFrozen(REGION_KEYS)).toBe(true);
  });
});

describe('availabilityDomainCount', () => {
  test.each([['us-ashburn-1'], ['us-phoenix-1'], ['us-chicago-1'], ['eu-frankfurt-1'], ['uk-london-1']])('%s has 3', (region) => {
    expect(availabilityDomainCount(region)).toBe(3);
  });

  test('every other region of the 2025-03-11 table has 1', () => {
    const threeDomainRegions = ['us-ashburn-1', 'us-phoenix-1', 'us-chicago-1', 'eu-frankfurt-1', 'uk-london-1'];
    const laterRegions = ['af-casablanca-1', 'ap-batam-1', 'ap-kulai-2', 'eu-madrid-3', 'eu-turin-1'];
    const oneDomainRegions = knownRegions().filter((region) => !threeDomainRegions.includes(region) && !laterRegions.includes(region));
    expect(oneDomainRegions).toHaveLength(34);
    for (const region of oneDomainRegions) {
      expect([region, availabilityDomainCount(region)]).toEqual([region, 1]);
    }
  });

  test.each([['eu-turin-1'], ['ap-kulai-2'], ['af-casablanca-1'], ['eu-madrid-3'], ['ap-batam-1']])('%s launched later is unknown', (region) => {
    expect(availabilityDomainCount(region)).toBeUndefined();
  });

  test.each([['mars-north-1'], ['toString']])('unknown region %p is undefined', (region) => {
    expect(availabilityDomainCount(region)).toBeUndefined();
  });
});
