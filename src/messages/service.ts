import service from './service.vi.json';

/** Vietnamese strings of the service itself: outages, rate limits, a full queue. */
export const serviceMessages = service;
