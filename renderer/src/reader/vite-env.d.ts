// reader.tsx imports its stylesheet; Vite's client types declare CSS modules for tsc.
/// <reference types="vite/client" />
