// The wallet page's notifications: five at a time with a pager, each marked read on its own or all at once,
// the unread badges (here and in the navigation) kept in step.
import { api } from './api.js';
import { el, fill, navBadge, say, when } from './dom.js';

const PAGE_SIZE = 5;
const list = document.getElementById('notifications');
const status = document.getElementById('notifications-status');
const markAll = document.getElementById('mark-all-read');
const pager = document.getElementById('notes-pager');
const newer = document.getElementById('notes-newer');
const older = document.getElementById('notes-older');
let page = 1;

function unreadBadge(unread) {
  const badge = document.getElementById('unread');
  badge.textContent = `${unread} unread`;
  badge.hidden = unread === 0;
  markAll.hidden = unread === 0;
  navBadge(unread);
}

function notification(note) {
  const item = el('li', { class: note.read ? 'read' : 'unread' },
    el('p', {}, note.message), el('p', { class: 'muted' }, when(note.created_at)));
  if (!note.read) {
    const button = el('button', { type: 'button', class: 'secondary small' }, 'Mark as read');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const answer = await api(`/api/notifications/${encodeURIComponent(note.id)}/read`, { method: 'POST' });
        item.className = 'read';
        button.remove();
        unreadBadge(answer.unread);
        say(status, 'Marked as read.', 'success');
      } catch (error) {
        button.disabled = false;
        say(status, error.message, 'error');
      }
    });
    item.append(button);
  }
  return item;
}

/** Shows the current page of notifications and the unread count. */
export async function showNotifications() {
  const answer = await api(`/api/notifications?page=${page}&size=${PAGE_SIZE}`);
  fill(list, answer.notifications.items.map(notification));
  unreadBadge(answer.unread);
  const total = answer.notifications.total;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  pager.hidden = pages === 1;
  document.getElementById('notes-page-info').textContent = `Page ${page} of ${pages}`;
  newer.disabled = page <= 1;
  older.disabled = !answer.notifications.has_next;
  if (total === 0) {
    say(status, 'No notifications yet.');
  }
}

async function markAllRead() {
  markAll.disabled = true;
  try {
    const answer = await api('/api/notifications/read-all', { method: 'POST' });
    await showNotifications();
    say(status, answer.marked === 1 ? 'Marked 1 notification as read.'
      : `Marked ${answer.marked} notifications as read.`, 'success');
  } catch (error) {
    say(status, error.message, 'error');
  } finally {
    markAll.disabled = false;
  }
}

/** Wires the pager and the mark-all button; `failed` reports what could not be loaded. */
export function startNotifications(failed) {
  markAll.addEventListener('click', markAllRead);
  newer.addEventListener('click', () => { page -= 1; showNotifications().catch(failed); });
  older.addEventListener('click', () => { page += 1; showNotifications().catch(failed); });
  return showNotifications();
}
