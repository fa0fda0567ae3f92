// The seed articles rule docs cite by number ("003 ..."), named for people reading --explain. Two of them
// carry a title; the others have none, so they are named here by what they are about, in our own words.
export const SEED_TITLES: Record<string, string> = {
  '000': 'an article on turning customer complaints into opportunities',
  '001': 'an article on a five-step process for complaining customers',
  '002': 'an article on service mistakes that lose a customer',
  '003': '"Complaint Handling: 14 Effective Business Recommendations"',
  '004': '"Three things you don\'t know about handling complaints"',
};

/** A rule's seed reference ("003 Know when to stop") as a reader sees it: the article's title, then the part cited. */
export function describeSeed(seed: string): string {
  const m = /^(\d{3})\b\s*(.*)$/s.exec(seed.trim());
  const title = m ? SEED_TITLES[m[1]!] : undefined;
  if (!m || !title) return seed;
  return m[2] ? `${title}: ${m[2]}` : title;
}
