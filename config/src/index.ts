export * from './roles';
export * from './regions';
export * from './categories';
export * from './errors';
export * from './privacy';
export * from './types';
export * from './event-lifecycle';
export * from './surveys';
