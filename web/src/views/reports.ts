// The slot for saved reports (issue to come): the navigation entry exists so links and layout are stable.
import { h } from '../ui/dom.js';

export const reportsView = () => h('div', { class: 'page reports' },
  h('h2', {}, 'Reports'),
  h('p', {}, 'Saved reports — named, shareable queries such as “who condemned Azerbaijan in September 2023” — will live here.'));
