import type { ThemeConfig } from 'antd';

/** Chinese UI fonts first (PingFang on Apple, YaHei on Windows, Noto/Source Han on Linux). */
export const FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", ' +
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0d47b5',
    colorLink: '#0d47b5',
    colorText: '#1b2540',
    colorTextSecondary: '#4a5671',
    colorTextTertiary: '#5f6b85',
    colorBgLayout: '#f4f6fa',
    // Text in these colours (danger buttons, status and preset tags, messages) reaches 4.5:1 on white and on
    // the tags' tinted backgrounds (WCAG 2.1 AA; antd's defaults are about 3.3:1) — e2e accessibility.spec.ts.
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    // …with antd's own light tints kept (derived from the darker seeds they turn grey).
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    orange7: '#ad4e00',
    green7: '#237804',
    gold7: '#874d00',
    borderRadius: 8,
    fontFamily: FONT_FAMILY,
    fontSize: 15,
  },
  components: {
    Table: { headerBg: '#f1f5fc', headerColor: '#1b2540', footerBg: '#f8fafd' },
    Card: { headerFontSize: 17 },
    Breadcrumb: { linkColor: '#4a5671', lastItemColor: '#1b2540', separatorColor: '#5f6b85' },
  },
};
