/*
 * Mini-program page paths the BFF names in its answers and messages. No zod here: the app's first
 * screen imports these, and must not pull the contracts' schemas (and zod) in with them.
 */

/** The mini-program page a window's QR code opens (H5 hash route; weapp page path). */
export const RATE_PAGE_PATH = '/pages/rate/index';

/** Mini-program page of one work order (staff, the operator and the rater); messages link to it with `?id=`. */
export const WORK_ORDER_PAGE_PATH = '/ratings/pages/work-order/index';

/** The public check page of a document 掌上办 issued (its QR links here with `?code=`). */
export const DOCUMENT_CHECK_PAGE_PATH = '/results/pages/check/index';
