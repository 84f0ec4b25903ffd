import { createApp } from 'vue';
import type {} from 'pole-widgets/types/vue';
import App from './App.vue';

createApp(App).mount('#app');
