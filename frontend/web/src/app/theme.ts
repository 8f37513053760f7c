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
