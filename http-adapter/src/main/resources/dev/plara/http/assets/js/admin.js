// The admin page: review queue, unmatched payments and refunds, audit, reconciliation, webhooks and outbox.
import { startReviews } from './admin-reviews.js';
import { startPayments } from './admin-payments.js';
import { startOperations } from './admin-ops.js';

startReviews();
startPayments();
startOperations();
