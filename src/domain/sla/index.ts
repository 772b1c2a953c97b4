export * from './slaTarget';
export * from './clockDue';
export * from './reminder';
export * from './slaState';
