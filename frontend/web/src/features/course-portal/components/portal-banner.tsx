/**
 * The picture of a banner without a cover: concentric rings (a turned part seen end-on) and a dot grid,
 * placed by the seed. Decorative only.
 */
export function BannerPattern({ seed }: { seed: number }) {
  const cx = 760 + (seed % 300);
  const cy = 80 + ((seed >> 8) % 160);
  const rings = [60, 110, 170, 240, 320, 410];
  return (
    <svg className="zyk-portal-banner__pattern" viewBox="0 0 1200 420" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`zyk-dots-${seed}`} width="28" height="28" patternUnits="userSpaceOnUse">
          <circle cx="2" cy="2" r="1.6" fill="rgba(255,255,255,0.22)" />
        </pattern>
      </defs>
      <rect width="1200" height="420" fill={`url(#zyk-dots-${seed})`} />
      {rings.map((r, i) => (
        <circle key={r} cx={cx} cy={cy} r={r} fill="none" stroke="rgba(255,255,255,0.16)" strokeWidth={i % 2 ? 1.5 : 10} />
      ))}
      <path d={`M0 ${330 + (seed % 40)} C 300 ${260 + (seed % 60)}, 600 420, 1200 ${300 + ((seed >> 4) % 80)} L1200 420 L0 420 Z`} fill="rgba(255,255,255,0.07)" />
    </svg>
  );
}
