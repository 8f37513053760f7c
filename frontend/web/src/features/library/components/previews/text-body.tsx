/**
 * A text resource's body. The HTML comes from the server's rich-text field (Wagtail's allow-listed
 * editor features, expanded on the server), so it is already safe to insert.
 */
export function TextBody({ html }: { html: string }) {
  return <div className="zyk-rich-text zyk-preview-text" data-testid="text-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
