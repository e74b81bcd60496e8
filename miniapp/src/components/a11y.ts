import { IS_H5 } from '../services/env';

/** Roles a native control would activate with Enter. */
const ENTER_ROLES = new Set(['button', 'link', 'tab', 'radio', 'checkbox', 'switch', 'menuitem', 'option']);
/** Roles a native control would activate with Space (links only take Enter). */
const SPACE_ROLES = new Set(['button', 'tab', 'radio', 'checkbox', 'switch', 'menuitem', 'option']);
const NATIVE_CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A']);

/** Enter/Space on a focused View or Text that acts as a control clicks it, as the browser does for a native button. */
function activateOnKey(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
  const el = e.target as HTMLElement | null;
  const role = el?.getAttribute?.('role');
  if (!el || !role || NATIVE_CONTROLS.has(el.tagName) || el.getAttribute('aria-disabled') === 'true') return;
  const activates = e.key === 'Enter' ? ENTER_ROLES.has(role) : e.key === ' ' ? SPACE_ROLES.has(role) : false;
  if (!activates) return;
  // Space would otherwise scroll the page.
  e.preventDefault();
  el.click();
}

let keyboardReady = false;
// One listener on the document serves every tappable element: Taro H5 renders them as custom elements with no key handling.
function ensureKeyboardActivation(): void {
  if (keyboardReady || !IS_H5 || typeof document === 'undefined') return;
  keyboardReady = true;
  document.addEventListener('keydown', activateOnKey);
}

/**
 * Accessibility attributes for a tappable or labelled element: `role` (H5) or `aria-role` (weapp), an
 * `aria-label`, and for control roles (button, link, tab, radio, checkbox, switch…) `tabindex` so keyboard
 * users reach it in document order. On H5, Enter (and Space, except on links) on a focused element with
 * such a role triggers its `onClick`. `focusable: 'script'` makes an element focusable by `focus()` only (not by Tab).
 */
export function a11y(role: string, label?: string, focusable: boolean | 'script' = ENTER_ROLES.has(role)): Record<string, string> {
  // `aria-role` is WeChat's attribute; in a browser it is an invalid ARIA attribute that screen readers trip over.
  const props: Record<string, string> = IS_H5 ? { role } : { role, 'aria-role': role };
  if (label) props['aria-label'] = label;
  if (focusable === 'script') {
    props.tabindex = '-1';
  } else if (focusable) {
    props.tabindex = '0';
    ensureKeyboardActivation();
  }
  return props;
}

/**
 * The accessible name of an `Input` or `Textarea`. Taro H5 draws the native control inside a custom element and
 * drops `aria-label` on the way, so there the label goes to the inner control through `nativeProps`.
 */
export function fieldLabel(label: string): { 'aria-label': string } | { nativeProps: { 'aria-label': string } } {
  return IS_H5 ? { nativeProps: { 'aria-label': label } } : { 'aria-label': label };
}
