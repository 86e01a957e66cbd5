/**
 * Returns the candidate closest to a misspelled name, or undefined when none is close.
 *
 * Names are compared without case, underscores and hyphens, so `cidrBlock` (the camelCase property of
 * a binding, written by mistake in an override) matches `cidr_block` exactly. A candidate counts as
 * close within an edit distance of a third of the name's length, and at least 2.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const normalized = normalize(name);
  const limit = Math.max(2, Math.floor(normalized.length / 3));

  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(normalized, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/** Levenshtein distance: the number of single-character insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
