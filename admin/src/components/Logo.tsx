/** Inline logo (no remote asset): a roof over a 2×2 grid, i.e. "neighbourhood grid". */
export default function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-label="邻里">
      <rect width="32" height="32" rx="7" fill="#1677ff" />
      <path d="M6 16 16 7l10 9v9H6z" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinejoin="round" />
      <path d="M16 16v9M6 20.5h20" stroke="#fff" strokeWidth="2" />
    </svg>
  );
}
