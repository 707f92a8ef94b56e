// WeChat's privacy check (app.json __usePrivacyCheck__): before a privacy API (getPhoneNumber,
// getLocation, chooseMedia, …) runs for a user who has not agreed to the mini-program's 隐私保护指引,
// WeChat calls onNeedPrivacyAuthorization and waits; we show <PrivacyPopup>, whose agree button
// (open-type="agreePrivacyAuthorization") lets the call continue. This file is the non-WeChat
// fallback: there is nothing to ask.

export type PrivacyListener = () => void

export function initPrivacy(): void {}

/** Called by a mounted PrivacyPopup; returns the unsubscribe function. */
export function onPrivacyRequest(_listener: PrivacyListener): () => void {
  return () => {}
}

export function answerPrivacy(_agreed: boolean, _buttonId?: string): void {}

export function openPrivacyContract(): void {}
