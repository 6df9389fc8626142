const FOCUSABLE = 'a[href], input, select, textarea, button, [contenteditable="true"], [tabindex]';

/**
 * The places Tab stops at in a container, in order, as the browser sees them: enabled, shown,
 * not taken out with tabindex -1, and one stop per radio group (its checked radio, or its
 * first one while none is checked).
 */
export function tabStops(container: Element): HTMLElement[] {
  const candidates = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[inert]'),
  );
  const groupStop = new Map<string, HTMLInputElement>();
  for (const el of candidates) {
    const group = radioGroup(el);
    if (!group) continue;
    const stop = groupStop.get(group);
    if (!stop || (!stop.checked && (el as HTMLInputElement).checked)) groupStop.set(group, el as HTMLInputElement);
  }
  return candidates.filter((el) => {
    const group = radioGroup(el);
    return !group || groupStop.get(group) === el;
  });
}

/** Whether two elements are one tab stop: the same element, or radios of one group. */
export function sameStop(a: Element | null, b: Element | null): boolean {
  if (!a || !b) return false;
  return a === b || (radioGroup(a) !== null && radioGroup(a) === radioGroup(b));
}

/** A radio's group: its name within its form (radios outside a form group by name alone). */
function radioGroup(el: Element | null): string | null {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return null;
  return el.form ? `${formKey(el.form)}:${el.name}` : `:${el.name}`;
}

const formKeys = new WeakMap<HTMLFormElement, number>();
let nextFormKey = 0;
function formKey(form: HTMLFormElement): number {
  let key = formKeys.get(form);
  if (key === undefined) formKeys.set(form, (key = nextFormKey++));
  return key;
}
