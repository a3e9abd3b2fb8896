/// <reference types="vite/client" />
// Lets main.tsx import its stylesheet; Vite bundles it into the page's CSS asset.
