import { ACCOUNT_STATUS_LABELS } from '@linli/config';

export { PERMISSION_LABELS } from '@linli/config';

type BadgeStatus = 'Success' | 'Error' | 'Warning' | 'Default';
const BADGE: Record<keyof typeof ACCOUNT_STATUS_LABELS, BadgeStatus> = {
  active: 'Success', disabled: 'Default', deleted: 'Default', locked: 'Warning',
};

/** Account status as a badge: the label comes from @linli/config, the colour is the console's. */
export const ACCOUNT_STATUS: Record<string, { text: string; status: BadgeStatus }> = Object.fromEntries(
  (Object.keys(BADGE) as (keyof typeof BADGE)[]).map((k) => [k, { text: ACCOUNT_STATUS_LABELS[k], status: BADGE[k] }]),
);
