/**
 * The web part's loc/ strings. Declared once, in ../loc/mystrings.d.ts (the ambient module SPFx loads); this
 * name lets components and tests import the shape.
 */
export type IInquiryQueueStrings = IInquiryQueueWebPartStrings;
