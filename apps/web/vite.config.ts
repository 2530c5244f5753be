import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dev server forwards API calls to a locally running `npm run dev` server on port 3000. */
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', priority: 20, test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // Chart libraries are left out: they go with the lazy Analytics page, not the first load.
            { name: 'vendor', priority: 10, test: /node_modules[\\/](?!(recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|eventemitter3|@reduxjs|redux|redux-thunk|reselect|react-redux|immer)[\\/])/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiOrigin,
      '/metrics': apiOrigin,
    },
  },
});
