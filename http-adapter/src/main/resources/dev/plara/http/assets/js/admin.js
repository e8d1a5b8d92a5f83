// The admin page: review queue, unmatched payments, refunds, overdrawn wallets, audit, reconciliation, webhooks, outbox.
import { startReviews } from './admin-reviews.js';
import { startPayments } from './admin-payments.js';
import { startRefunds } from './admin-refunds.js';
import { showOverdrawn } from './admin-overdrawn.js';
import { showPaidTwice } from './admin-paid-twice.js';
import { startOperations } from './admin-ops.js';

startReviews();
startPayments();
startRefunds();
showOverdrawn();
showPaidTwice();
startOperations();
