/**
 * Seats per slot for an item at a hall. Synthetic seed data owned by the BFF (like the halls and
 * their windows in features/halls/halls.data.ts): the busiest counters get more seats.
 */
const DEFAULT_CAPACITY = 3;

const BY_DEPARTMENT: Record<string, number> = { gaj: 6, rsj: 5, gjj: 4, mzj: 2, bdc: 4, scjgj: 4 };

/** Seats of one slot of `itemCode` (of department `departmentCode`) at `hallId`. */
export function slotCapacity(_hallId: string, departmentCode: string): number {
  return BY_DEPARTMENT[departmentCode] ?? DEFAULT_CAPACITY;
}
