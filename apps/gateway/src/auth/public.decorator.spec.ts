import { isPublicPath } from './public.decorator';

describe('the public portal paths', () => {
  it('are everything under /public/', () => {
    for (const url of [
      '/public/disclosures',
      '/public/disclosures/130400-312/2022.pdf',
      '/public?q=x',
      '/public/',
    ]) {
      expect(isPublicPath(url)).toBe(true);
    }
  });

  it('do not include look-alikes or the API', () => {
    for (const url of ['/publications', '/api/public/x', '/api/units?next=/public/', '/Public/x']) {
      expect(isPublicPath(url)).toBe(false);
    }
  });
});
