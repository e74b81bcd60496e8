/**
 * Accessibility attributes for a tappable or labelled element: `role` for H5, `aria-role` for weapp,
 * and `tabindex` so keyboard users reach it in document order.
 */
export function a11y(role: string, label?: string, focusable = role === 'button' || role === 'link'): Record<string, string> {
  const props: Record<string, string> = { role, 'aria-role': role };
  if (label) props['aria-label'] = label;
  if (focusable) props.tabindex = '0';
  return props;
}
