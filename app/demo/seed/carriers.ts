/** Real carriers with their tracking-number formats and public tracking pages. */
export type Carrier = "UPS" | "USPS" | "FedEx" | "DHL Express" | "CJ대한통운";

const digits = (value: number, length: number) => String(Math.abs(Math.trunc(value)) % 10 ** length).padStart(length, "0");

const FORMATS: Record<Carrier, { number: (seed: number) => string; url: (number: string) => string }> = {
  // 1Z + shipper account (6) + service code (2) + package number (8).
  UPS: { number: (seed) => `1ZA4V78203${digits(seed * 7919 + 1_234_567, 8)}`, url: (n) => `https://www.ups.com/track?loc=en_US&tracknum=${n}` },
  // USPS Tracking (Priority/Ground Advantage): 22 digits starting 9400 1.
  USPS: { number: (seed) => `94001118992${digits(seed * 104_729 + 31_415_926, 11)}`, url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  // FedEx Express/Ground: 12 digits.
  FedEx: { number: (seed) => `7${digits(seed * 48_271 + 2_718_281, 11)}`, url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  // DHL Express air waybill: 10 digits.
  "DHL Express": { number: (seed) => `4${digits(seed * 69_069 + 16_180_339, 9)}`, url: (n) => `https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}` },
  // CJ Logistics (CJ대한통운) waybill: 12 digits.
  "CJ대한통운": { number: (seed) => `6${digits(seed * 22_695_477 + 141_421, 11)}`, url: (n) => `https://trace.cjlogistics.com/next/tracking.html?wblNo=${n}` },
};

export function trackingInfo(carrier: Carrier, seed: number) {
  const number = FORMATS[carrier].number(seed);
  return { company: carrier, number, url: FORMATS[carrier].url(number) };
}
