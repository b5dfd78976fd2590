// Narrow windows (up to 1000 px): the filter rail and the evidence panel fold away behind toggles and open over the map.
import { el } from './dom';

export const NARROW_QUERY = '(max-width: 1000px)';

/** The skip link jumps to the map without touching the URL's hash (it holds the view's state). */
export function attachSkipLink(link: HTMLAnchorElement, map: HTMLElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    map.focus();
  });
}

export function installNarrowLayout(toolbar: HTMLElement, rail: HTMLElement, panel: HTMLElement): void {
  const narrow = window.matchMedia(NARROW_QUERY);
  const toggle = (target: HTMLElement, label: string, testid: string): HTMLButtonElement =>
    el(
      'button',
      {
        type: 'button',
        className: 'narrow-only',
        'data-testid': testid,
        'aria-controls': target.id,
        'aria-expanded': 'false',
      },
      label,
    );
  // The overlays open below the map's toolbar, which wraps to a second row when narrow: they never cover it.
  new ResizeObserver(() =>
    rail.parentElement?.style.setProperty('--toolbar-height', `${toolbar.offsetHeight}px`),
  ).observe(toolbar);
  const railButton = toggle(rail, '☰ Filters', 'toggle-rail');
  const panelButton = toggle(panel, 'Evidence', 'toggle-panel');
  toolbar.prepend(railButton);
  toolbar.append(panelButton);

  const setOpen = (target: HTMLElement, button: HTMLButtonElement, open: boolean): void => {
    target.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  // One overlay at a time: two would leave no map between them.
  const open = (target: HTMLElement, button: HTMLButtonElement, on: boolean): void => {
    if (on) {
      if (target === rail) setOpen(panel, panelButton, false);
      else setOpen(rail, railButton, false);
    }
    setOpen(target, button, on);
  };
  railButton.addEventListener('click', () => {
    const on = !rail.classList.contains('open');
    open(rail, railButton, on);
    if (on) rail.querySelector<HTMLElement>('input, button, select')?.focus();
  });
  panelButton.addEventListener('click', () => {
    const on = !panel.classList.contains('open');
    open(panel, panelButton, on);
    if (on) panel.querySelector<HTMLElement>('button, a, [tabindex]')?.focus();
  });
  for (const [target, button] of [
    [rail, railButton],
    [panel, panelButton],
  ] as const) {
    target.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !narrow.matches || !target.classList.contains('open')) return;
      open(target, button, false);
      button.focus();
    });
  }
  // In a narrow window, evidence for what was just picked opens the panel (it would otherwise stay out of sight).
  new MutationObserver(() => {
    if (narrow.matches && panel.querySelector('.panel-empty') === null) open(panel, panelButton, true);
  }).observe(panel, { childList: true });
  narrow.addEventListener('change', () => {
    if (!narrow.matches) {
      setOpen(rail, railButton, false);
      setOpen(panel, panelButton, false);
    }
  });
}
