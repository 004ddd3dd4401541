import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export class ApiError extends Error {
  override name = "ApiError";
}

/**
 * Sends one typed operation to the server this page came from; the result is typed by codegen. `token` is
 * an API key, sent as a bearer token (the writes need an editor's).
 */
export async function request<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  { token }: { token?: string } = {},
): Promise<Result> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new ApiError(`the server answered ${response.status} without data`);
  return body.data;
}
