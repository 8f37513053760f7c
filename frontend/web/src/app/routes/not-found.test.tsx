import { screen } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { renderApp } from '@/testing/render';

describe('unknown routes', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('show the translated 404 page with a link home', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /返回首页/ })).toHaveAttribute('href', '/');
    expect(document.title).toContain('页面不存在');
  });

  it('show the 404 page in English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    renderApp('/majors/460103/nothing-here');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to home/ })).toHaveAttribute('href', '/');
    expect(document.documentElement.lang).toBe('en');
  });
});
