import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { ApiError } from '@/lib/graphql-client';
import { theme } from './theme';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // A "not found" or a bad request will not get better by asking again.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT', 'PERMISSION_DENIED'].includes(error.code)) &&
          failureCount < 2,
      },
    },
  });
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [language] = useLanguage();
  return (
    <QueryClientProvider client={client}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
        <AntApp component={false}>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
