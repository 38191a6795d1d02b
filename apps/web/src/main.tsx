import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './routes';
import './styles.css';
import { SessionProvider } from './session';

dayjs.locale('vi');

// Those who ask their system for less motion get none: dropdowns, dialogs and spinners appear
// and go at once (and a half-finished animation never leaves a stale label behind).
const motion = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const queries = new QueryClient({
  // A refusal (4xx) will not change on a retry; a network error may.
  defaultOptions: { queries: { retry: (count, error) => count < 2 && !('problem' in error) } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#b71c1c', fontSize: 15, motion } }}>
      <AntApp>
        <QueryClientProvider client={queries}>
          <BrowserRouter>
            <SessionProvider>
              <AppRoutes />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
