import type { Page } from '@playwright/test';

export interface Misplaced {
  control: string;
  reason: string;
}

/**
 * Every visible control (button, field, option, link) that the user cannot fully see or reach:
 * outside the pane that holds it, cut off by an ancestor that clips, or in a container that
 * scrolls sideways. Vertical scrolling inside a pane is fine; sideways is not.
 */
export function misplacedControls(page: Page): Promise<Misplaced[]> {
  return page.evaluate(() => {
    const found: Array<{ control: string; reason: string }> = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const controls = document.querySelectorAll('button, input, select, textarea, a[href], [role="option"], [role="tab"], [role="radio"], [role="checkbox"]');
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || control.closest('[hidden]')) continue;
      if (getComputedStyle(control).visibility === 'hidden') continue;
      const pane = control.closest('[data-pane]');
      if (pane) {
        const p = pane.getBoundingClientRect();
        if (box.left < p.left - 1 || box.right > p.right + 1) found.push({ control: describe(control), reason: `sticks out of the ${pane.getAttribute('data-pane')} pane sideways` });
      } else if (box.left < -1 || box.right > innerWidth + 1 || box.top < -1 || box.bottom > innerHeight + 1) {
        found.push({ control: describe(control), reason: 'outside the window' });
      }
      // Past a container that scrolls up and down, the control is reachable by scrolling it.
      let reachableByScrolling = false;
      for (let a = control.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const r = a.getBoundingClientRect();
        const sideways = style.overflowX;
        if ((sideways === 'auto' || sideways === 'scroll') && a.scrollWidth > a.clientWidth + 1) {
          found.push({ control: describe(control), reason: `in ${a.className || a.tagName}, which scrolls sideways (${a.scrollWidth} > ${a.clientWidth})` });
          break;
        }
        if (sideways === 'hidden' || sideways === 'clip') {
          if (box.left < r.left - 1 || box.right > r.right + 1) {
            found.push({ control: describe(control), reason: `cut off sideways by ${a.className || a.tagName}` });
            break;
          }
        }
        const upDown = style.overflowY;
        if (upDown === 'auto' || upDown === 'scroll') reachableByScrolling = true;
        if (!reachableByScrolling && (upDown === 'hidden' || upDown === 'clip') && (box.top < r.top - 1 || box.bottom > r.bottom + 1)) {
          found.push({ control: describe(control), reason: `cut off at the top or bottom by ${a.className || a.tagName}` });
          break;
        }
      }
    }
    return found;
  });
}
