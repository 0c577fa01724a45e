import './studio/shell/theme.css';
import { startStudio } from './studio/start-studio';

// The options page is the studio (opened in its own tab).
void startStudio(document.getElementById('studio') ?? document.body);
