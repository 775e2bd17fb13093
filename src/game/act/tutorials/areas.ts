/** Board areas the later acts' tutorials point at (design coordinates). */
export const MECHANICS_PANEL = { x: 972, y: 363, width: 292, height: 233 };
export const SWITCHES = { x: 812, y: 606, width: 278, height: 106 };
