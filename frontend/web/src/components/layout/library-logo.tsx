/** The library's mark: a mortarboard over a gear tooth, drawn inline so it needs no request. */
export function LibraryLogo({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0d47b5" />
      <path d="M14 22l18-8 18 8-18 8z" fill="#fff" />
      <path d="M21 28v11c0 4 5 8 11 8s11-4 11-8V28l-11 5z" fill="#ffd666" />
      <path d="M50 22v13" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
