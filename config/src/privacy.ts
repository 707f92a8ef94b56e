/** Masks used in every response and log line that does not need the full value. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = Array.from(name);
  if (chars.length === 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

// no lookbehind: old WeChat JavaScript engines cannot parse it, and the mini-program imports this file
const PHONE_RE = /(^|\D)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_RE = /(^|[^\dXx])(\d{4})\d{10}(\d{3}[\dXx])(?![\dXx])/g;

/** Redacts mainland mobile and ID numbers inside free text (log lines, notes). */
export function redactText(text: string): string {
  return text.replace(ID_RE, '$1$2**********$3').replace(PHONE_RE, '$1$2****$3');
}

/** Mainland mobile number check used by validation on both client and server. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
