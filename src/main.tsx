import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { hydrateStore } from '@/store/app-store';
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('Certpath: the #root element is missing from index.html');

// Saved input loads beside the first render: its validators are a separate chunk.
void hydrateStore();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
