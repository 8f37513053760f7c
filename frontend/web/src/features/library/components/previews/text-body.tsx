/**
 * A text resource's body. The server allowlists it on write and again when it is read
 * (cms/resources/body.py) and expands Wagtail's links and images, so it is safe to insert.
 */
export function TextBody({ html }: { html: string }) {
  return <div className="zyk-rich-text zyk-preview-text" data-testid="text-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
