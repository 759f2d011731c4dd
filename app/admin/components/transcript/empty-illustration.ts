/**
 * The lists' empty-state picture: two speech bubbles, inline so it needs no request (the demo runs offline, and the
 * admin should not wait on a third-party image to say "nothing here yet").
 */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="226" height="160" viewBox="0 0 226 160">
<rect x="18" y="22" width="122" height="74" rx="16" fill="#e3e3e3"/>
<path d="M44 96 l-6 24 l26 -24z" fill="#e3e3e3"/>
<rect x="38" y="42" width="72" height="10" rx="5" fill="#b5b5b5"/>
<rect x="38" y="62" width="48" height="10" rx="5" fill="#b5b5b5"/>
<rect x="92" y="62" width="116" height="64" rx="16" fill="#c9e7ff"/>
<path d="M182 126 l8 22 l-30 -22z" fill="#c9e7ff"/>
<rect x="110" y="80" width="80" height="10" rx="5" fill="#7fb6e5"/>
<rect x="110" y="100" width="56" height="10" rx="5" fill="#7fb6e5"/>
</svg>`;

export const EMPTY_ILLUSTRATION = `data:image/svg+xml,${encodeURIComponent(SVG)}`;
