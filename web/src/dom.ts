/** A tiny element builder: text always goes in as text, never as HTML, so no quote can inject markup. */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** The hash route of an entity page. */
export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function entityLink(entity: { id: string; name: string }): HTMLAnchorElement {
  return h("a", { href: entityHref(entity.id) }, entity.name);
}
