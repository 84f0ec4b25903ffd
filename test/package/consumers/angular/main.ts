// The partially compiled Angular packages are linked at run time by the compiler (the CLI would do
// it at build time): this test bundles ngc's output with esbuild.
import '@angular/compiler';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent).catch((e) => console.error(e));
