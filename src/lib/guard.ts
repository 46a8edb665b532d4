/**
 * The deadline guard, as the browser runs it: a classic inline script placed right after the
 * positions it checks, so it runs before the page is first painted and no closed position ever
 * flashes up. It compares every `data-closes-at` (and `data-opens-at`) with the visitor's clock: an
 * element whose time has come appears, a listed position whose deadline has passed is hidden (and its list's empty state shown when none remains), a position page
 * turns to its closed state, "closes in N days" (in the words the element carries) follows the visitor's day, and a timer repeats this
 * at the next deadline. Without JavaScript the state of the build stands.
 */
export const POSITION_GUARD = [
  '(()=>{const a=(e,s)=>e.querySelectorAll(s),u=()=>{const n=Date.now();let t=1/0;',
  // An element that becomes true later (the home page's positions line after a deadline) appears.
  "for(const e of a(document,'[data-opens-at]')){const o=Date.parse(e.dataset.opensAt);",
  'o>n?t=Math.min(t,o):(e.hidden=!1,delete e.dataset.opensAt)}',
  // Each element that carries a closing instant: closed now, or counting down.
  "for(const e of a(document,'[data-closes-at]')){const c=Date.parse(e.dataset.closesAt);",
  "if(c<=n){delete e.dataset.closesAt;if('positionPage'in e.dataset){for(const p of a(e,'[data-open-only]'))p.hidden=!0;",
  "for(const p of a(e,'[data-closed-only]'))p.hidden=!1}else e.hidden=!0;continue}",
  't=Math.min(t,c);const d=Math.ceil((c-n)/864e5)-1;',
  // The countdown's words come with it, in the page's language: `data-countdown="today|tomorrow|in # days"`.
  "for(const l of a(e,'[data-countdown]')){const w=l.dataset.countdown.split('|');",
  "l.textContent=d>14?'':d>1?w[2].replace('#',d):w[d]}}",
  // A list with nothing left shows its empty state.
  "for(const l of a(document,'[data-position-list]')){const m=l.querySelector('[data-empty-state]');",
  "if(m)m.hidden=!!l.querySelector('[data-position]:not([hidden])')}",
  // Again at the next deadline, for visitors who keep the page open.
  't<1/0&&setTimeout(u,Math.min(t-n+100,2147483647))};u()})();',
].join('');
