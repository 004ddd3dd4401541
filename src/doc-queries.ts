/**
 * docs/queries.md holds runnable research queries, each a ```graphql block followed by the ```json block of
 * its answer. Pure parsing, shared by the docs test, the script that rewrites the answers, and the GraphQL
 * IDE in web/ that offers them as examples.
 */

export interface DocQuery {
  title: string;
  query: string;
  /** The documented answer: the `data` of the result. */
  answer: unknown;
  /** Where the answer block's text is in the file, to rewrite it. */
  answerStart: number;
  answerEnd: number;
}

const BLOCK = /^## (.+)$[\s\S]*?^```graphql\n([\s\S]*?)^```\n[\s\S]*?^```json\n([\s\S]*?)^```$/gm;

export function parseDocQueries(text: string): DocQuery[] {
  const found: DocQuery[] = [];
  for (const m of text.matchAll(BLOCK)) {
    const [whole, title = "", query = "", json = ""] = m;
    const answerStart = m.index + whole.length - 3 - json.length;
    found.push({
      title,
      query,
      answer: JSON.parse(json) as unknown,
      answerStart,
      answerEnd: answerStart + json.length,
    });
  }
  return found;
}

/** The file with each answer block replaced by `answers[i]`, formatted as the docs show it. */
export function withAnswers(text: string, queries: DocQuery[], answers: unknown[]): string {
  let out = text;
  for (let i = queries.length - 1; i >= 0; i--) {
    const q = queries[i];
    if (!q) continue;
    out = `${out.slice(0, q.answerStart)}${JSON.stringify(answers[i], null, 2)}\n${out.slice(q.answerEnd)}`;
  }
  return out;
}
