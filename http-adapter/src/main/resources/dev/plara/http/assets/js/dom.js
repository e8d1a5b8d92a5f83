// Small DOM helpers shared by the pages: elements built without innerHTML, amounts and dates for people.

/** An element with attributes (on* and class handled) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

/** Replaces a container's children. */
export function fill(container, ...children) {
  container.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined));
}

/** Says something in a status region: text, and a kind (info, success, error, waiting) for its look. */
export function say(region, text, kind = 'info') {
  region.textContent = text;
  region.dataset.kind = kind;
}

/** A count with its noun: 1 entry, 2 entries. */
export function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** An amount as the API formatted it, with a + for money coming in when asked. */
export function money(view, { signed = false } = {}) {
  if (!view) {
    return '';
  }
  return signed && view.amount > 0 ? `+${view.formatted}` : view.formatted;
}

/** A point in time, in the reader's locale. */
export function when(iso) {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** Words from an API name (card_deposit -> Card deposit). */
export function words(name) {
  const text = String(name || '').replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Reads a typed amount (12, 12.5, 12,50) as minor units with that many fraction digits; NaN if it is not one. */
export function minorUnits(typed, fractionDigits) {
  const text = String(typed).trim().replace(',', '.');
  const pattern = fractionDigits > 0 ? new RegExp(`^\\d{1,12}(\\.\\d{1,${fractionDigits}})?$`) : /^\d{1,15}$/;
  if (!pattern.test(text)) {
    return NaN;
  }
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 10 ** fractionDigits + Number(fraction.padEnd(fractionDigits, '0') || 0);
}

/** How many digits follow the decimal point in a currency's amounts (2 for USD, 0 for JPY). */
export function fractionDigits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

/** Whether someone is signed in, as the server rendered the page. */
export function signedIn() {
  return document.body.dataset.signedIn === 'true';
}

/** Updates the navigation's unread badge. */
export function navBadge(unread) {
  const link = document.querySelector('header nav a[href="/wallet"]');
  if (!link) {
    return;
  }
  let badge = document.getElementById('nav-unread');
  if (unread > 0 && !badge) {
    badge = el('span', { class: 'badge', id: 'nav-unread' });
    link.append(' ', badge);
  }
  if (badge) {
    fill(badge, String(unread), el('span', { class: 'visually-hidden' }, ' unread'));
    badge.hidden = unread === 0;
  }
}

/** Marks a form control as invalid (or valid again) for assistive technology and the stylesheet. */
export function invalid(control, isInvalid) {
  if (isInvalid) {
    control.setAttribute('aria-invalid', 'true');
  } else {
    control.removeAttribute('aria-invalid');
  }
}

/** Marks a control valid again as soon as it is edited, so a corrected field stops looking wrong before the next check. */
export function validOnEdit(control) {
  control.addEventListener('input', () => invalid(control, false));
}
