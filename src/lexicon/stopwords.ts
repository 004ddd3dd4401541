/**
 * Words a search query drops in both languages: function words that name nothing, so that "kerja sama
 * dengan UNIDO" and "the cooperation of UNIDO" search for what they name. Search also drops the stop words
 * of Neo4j's Indonesian and English analyzers (read from the database), which the index never holds; these
 * lists add the question words and fillers researchers type ("apa", "tentang", "which", "about").
 */
// prettier-ignore
export const STOP_WORDS_ID: readonly string[] = [
  "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh", "serta", "ini",
  "itu", "para", "sebagai", "tentang", "apa", "siapa", "mana", "bagaimana", "antara", "terhadap", "juga",
];

// prettier-ignore
export const STOP_WORDS_EN: readonly string[] = [
  "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "about",
  "which", "what", "who", "between", "into", "is", "are", "its",
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS_ID, ...STOP_WORDS_EN]);
