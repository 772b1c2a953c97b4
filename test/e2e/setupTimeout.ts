// A browser flow crosses several page loads and the notifier's webhook round trip.
jest.setTimeout(120_000);
