import './styles.css';
import { startApp } from './ui/app.js';

const root = document.getElementById('app');
if (root) startApp(root, new URLSearchParams(location.search));
