// Español: interface and chart words, and how numbers and dates are written. Numbers follow the
// usage of Spanish readers in the United States and Mexico, whom this story concerns most: a comma
// groups thousands and a point marks decimals (3,920; 4.0), every figure grouped alike as in
// English, so a number reads the same in both editions and in the sources. Fiscal years are "AF"
// (año fiscal): AF2018, AF18 where room is short; the story defines the abbreviation on first use.
// Calendar years are written in full (Spanish does not shorten a year with an apostrophe).
import type { Dictionary } from "./dictionary.ts";

export const es = {
  numbers: { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "\u2212" },
  qualifiers: {
    exact: { before: "", after: "", label: "según se publicó" },
    approximate: { before: "unos ", beforePercent: "alrededor del ", after: "", label: "aproximado" },
    upper_bound: { before: "menos de ", after: "", label: "límite superior" },
    lower_bound: { before: "más de ", after: "", label: "límite inferior" },
    index: { before: "", after: " (índice)", label: "índice" },
  },
  period: (year, type) => (type === "fiscal_year" ? `AF${year}` : String(year)),
  periodShort: (year, type) => (type === "fiscal_year" ? `AF${String(year).slice(2)}` : String(year)),
  dates: {
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    monthsWithDay: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
    pattern: "%-d de %b de %Y",
    monthPattern: "%B de %Y",
  },
  bytes: (n) => `${n} bytes`,
  kilobytes: (n) => `${n} kB`,
  smallNumbers: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  moreThan: (n) => `más de ${n}`,

  chart: {
    inferredNote: (what, periods) => `El reportaje no precisa ${what}; aquí se toma como ${periods}.`,
    inferredNoteShort: (periods) => `${periods}: año inferido; el reportaje no lo precisa.`,
    list: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} y ${items.at(-1)}`),
    noFigure: "sin cifra",
    legend: {
      exact: "según se publicó",
      approximate: "aproximado (~)",
      upper_bound: "límite superior (<): la cifra real es menor",
      lower_bound: "límite inferior (>): la cifra real es mayor",
      index: "índice, no un conteo",
      no_figure: "sin cifra en las fuentes citadas",
    },
    sources: (count) => (count > 1 ? "Fuentes" : "Fuente"),
    acronyms: {
      HSI: "HSI: Homeland Security Investigations, la rama investigadora del ICE.",
      ICE: "ICE: Servicio de Inmigración y Control de Aduanas de Estados Unidos.",
      CBP: "CBP: Oficina de Aduanas y Protección Fronteriza de Estados Unidos.",
      TRAC: "TRAC: centro de investigación de la Universidad de Syracuse.",
    },
  },

  card: {
    heroCaption: (from, fromPeriod, to, toPeriod) =>
      `Casos nuevos de tráfico de migrantes abiertos por investigadores del ICE: ${from} en el ${fromPeriod}, ${to} en el ${toPeriod}`,
  },

  embed: {
    iframeTitle: (title) => `Gráfico: ${title}`,
    pageTitle: (title) => `${title} (gráfico)`,
    chartBy: "Gráfico",
    dialog: {
      heading: (title) => `Insertar “${title}”`,
      close: "Cerrar",
      theme: "Colores",
      themes: { light: "Claros (lo habitual)", dark: "Oscuros", auto: "Según el sistema del lector" },
      kind: "Tipo de código",
      kinds: { iframe: "Iframe", script: "Script" },
      code: "Código para insertar",
      copy: "Copiar el código",
      copied: "Copiado al portapapeles.",
      copyFailed: "No se pudo copiar: el código quedó seleccionado; pulse Ctrl+C o ⌘C.",
      help: {
        iframe: "Un pequeño script ajusta la altura del iframe; sin él, el gráfico se ve igualmente completo.",
        script:
          "El script dibuja el gráfico en su página, con el estilo de este sitio; si la página lo bloquea, el gráfico se muestra en un iframe.",
      },
      oembed: "Si su gestor de contenidos admite oEmbed, pegue la dirección del gráfico:",
    },
  },

  site: {
    name: "Casos de tráfico de migrantes",
    ogLocale: "es_US",
    readIn: "Leer en español",
    skipLink: "Saltar al contenido",
    title: "En el año fiscal 2018, los casos de tráfico de migrantes del ICE cayeron más de la mitad",
    description:
      "En el año fiscal 2018, el primero completo del primer mandato de Trump, los investigadores del ICE abrieron muchos menos casos de tráfico de migrantes, mientras sus investigaciones en centros de trabajo se multiplicaban por más de cuatro. En 2019, ProPublica y The Atlantic informaron que se desviaron agentes y fondos de las investigaciones complejas sobre redes de tráfico de migrantes. Las cifras, con sus fuentes, en gráficos y como datos.",
    notFound: {
      title: "Página no encontrada",
      text: "No hay ninguna página en esta dirección.",
      start: "Volver al inicio",
      or: "o",
      data: "descargar los datos",
    },
    tools: {
      getData: "Obtener los datos",
      embed: "Insertar",
      download: "Imagen:",
      image: (title, format) => `${title}, imagen ${format}`,
      dataTable: "Tabla de datos",
      dataTableOf: (title) => ` de “${title}”`,
      tableCaption: (title) => `${title}: los datos`,
    },
    downloads: {
      allCsv: "Todos los datos, como hoja de cálculo (CSV)",
      allJson: "Todos los datos, en JSON, con las series y las fuentes",
      chartFigures: (title) => `Las cifras de “${title}”`,
      csv: "CSV",
      descriptor: "Descriptor Data Package: esquema, fuentes y licencia",
      rawTable: (name) => `La tabla ${name} tal como se guarda en el repositorio, en CSV (en inglés)`,
    },
    sources: {
      primary: "Fuente primaria.",
      secondary: "Fuente secundaria: una página que cita o reproduce lo que publicó la fuente original.",
    },
    credits: {
      made: "Gráficos, datos y texto",
      madeText: (site) =>
        `${site}, un sitio independiente que vuelve a contar este reportaje con sus cifras y fuentes. No forma parte de ProPublica ni de The Atlantic.`,
      corrections: "Correcciones",
      report: "Señale un error",
      reportWhere: "en el repositorio público de este sitio.",
      listed: "Cada cambio se detalla, con su fecha, en",
      updates: "Actualizaciones y correcciones",
      published: "Publicado",
      updated: "Última actualización",
      whatChanged: "qué cambió",
      share: "Compartir esta historia",
      copyLink: "Copiar el enlace",
      copied: "Enlace copiado.",
      copyFailed: "No se pudo copiar. El enlace:",
      link: "Enlace a esta historia:",
    },
    licenceName: "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)",
    toDataPage: "Todas las opciones: la página de datos",
    dataVersion: "versión de los datos",
  },

  dataPage: {
    title: "Los datos",
    story: "Las cifras de la historia",
    description:
      "Todas las cifras de la historia, con su calificador y su fuente: elija series y años, descárguelos en CSV o JSON, cárguelos con código y cítelos.",
    intro: (version, date) =>
      `Todas las cifras de la historia, cada una con su calificador y su fuente. Elija las series y los años que necesite y descárguelos, o copie la dirección en su propio código. Versión de los datos ${version}, modificada por última vez el ${date}.`,
    choose: "Elegir y descargar",
    series: "Series",
    allIfNone: "Si no marca ninguna serie, se descargan todas.",
    topics: {
      "hsi-smuggling": "Casos de tráfico de migrantes de HSI",
      worksite: "Control migratorio en los centros de trabajo",
      border: "La frontera suroeste",
      prosecutions: "Procesos federales por ocultar o dar refugio a inmigrantes indocumentados",
      "ice-enforcement": "Arrestos y deportaciones del ICE",
      "hsi-size": "El tamaño de HSI",
    },
    years: "Años",
    from: "Desde",
    to: "Hasta",
    yearsNote: "Años fiscales o calendario, según cuente cada serie.",
    span: (from, to) => (from === to ? from : `${from}\u2013${to}`),
    sources: (count) => (count > 1 ? "Fuentes" : "Fuente"),
    qualified: (period, what) => `${period}: ${what}`,
    inferred: "año inferido",
    downloadCsv: "Descargar CSV",
    downloadJson: "Descargar JSON",
    reversed: "“Desde” es posterior a “Hasta”: elija un primer año que no pase del último.",
    preview: "Vista previa",
    previewOf: (shown, total) => `Las primeras ${shown} de ${total} filas.`,
    previewFailed: "No se pudo cargar la vista previa; los enlaces de descarga siguen funcionando.",
    address: "La dirección de esta selección",
    copy: "Copiar",
    copied: "Copiada.",
    copyFailed: "No se pudo copiar: seleccione la dirección y cópiela.",
    code: "Cargarla con código",
    codeNote:
      "La misma selección, en CSV, con Python (pandas), R (readr), JavaScript (d3, en una página web o en Node.js) y en la línea de comandos.",
    cite: "Cómo citar estos datos",
    citeText: "Como texto",
    citeBibtex: "En BibTeX",
    citation: (site, year, title, version, url, accessed) =>
      `${site} (${year}). ${title}, versión ${version} [conjunto de datos]. ${url}${accessed ? ` (consultado el ${accessed}).` : ""}`,
    bibtexNote: (licence) => `Conjunto de datos, ${licence}; cada cifra procede de la fuente que indica su fila`,
    licence: "Licencia",
    licenceText: "Se pueden reutilizar libremente bajo esta licencia: le pedimos que cite este sitio y las fuentes que indica cada fila.",
    collected: "Cómo se recogieron las cifras",
    changelog: "Versiones y cambios",
    coverage: "Estados Unidos",
  },

  bundle: {
    fromStory: (story, url) => `Un gráfico de la historia \u201c${story}\u201d: ${url}`,
    version: (version, date) => `Versión de los datos ${version}, modificada por última vez el ${date}.`,
    whatItShows: "Qué muestra",
    series: (title, unit, span, description) => `${title}, ${span}. Unidad: ${unit}. ${description}`,
    caveats: "Qué hay que tener en cuenta",
    qualifiers: (file) => `Cada cifra lleva un calificador, en la columna \`qualifier\` de \`${file}\`:`,
    fiscalYears:
      "El año fiscal (AF) del gobierno federal de Estados Unidos va del 1 de octubre al 30 de septiembre y lleva el nombre del año en que termina: el AF2018 empezó el 1 de octubre de 2017.",
    periodBasis:
      "Cuando `period_basis` es `inferred`, la fuente da la cifra sin precisar su año; la columna `note` dice qué año se le atribuye aquí, y la descripción de la serie explica por qué.",
    files: "Los archivos",
    csvFile: (url) =>
      `una fila por cifra, con su calificador, unidad, fuente y nota: las mismas filas que ${url}. Los títulos de las series y las notas están en español; los identificadores, los códigos, las unidades (columna \`unit\`), los nombres de las columnas y los títulos publicados de las fuentes están en inglés en las dos ediciones.`,
    metadataFile:
      "el título, el subtítulo, las series, las unidades, los calificadores, las notas, las fuentes, la cita, la licencia y la versión de los datos del gráfico, en JSON",
    readmeFile: "este archivo",
    sources: "Fuentes",
    dataset: {
      intro: (story, url) =>
        `Todas las cifras de la historia \u201c${story}\u201d, cada una con su calificador y su fuente, como un Data Package de Frictionless. La página de datos: ${url}`,
      descriptorFile:
        "el descriptor del Data Package, en inglés salvo el título y la descripción, que también están en español: los campos, tipos, claves y restricciones de cada tabla, las fuentes y la licencia",
      tables: {
        observations: "una cifra por fila: una serie en un periodo, con su valor, calificador, unidad, fuente y nota",
        series: "qué cuenta cada serie, en qué unidad y por qué tipo de año",
        sources: "dónde consta cada cifra y cómo se recogieron las cifras de cada fuente",
      },
      twins:
        "Los campos de texto para lectores tienen su versión en español en otro campo que añade `_es` a su nombre (`title_es`, `note_es`, etc.); los identificadores, los códigos y los nombres de las columnas son los mismos en los dos idiomas.",
      validate: "Para comprobar las tablas con el descriptor, use Frictionless: `frictionless validate datapackage.json`.",
    },
    heading: "El conjunto de datos completo y los archivos de cada gráfico",
    intro:
      "Las cifras de cada gráfico en CSV, su descripción en JSON (título, unidades, calificadores, notas, fuentes, cita y licencia) y los dos archivos, con un archivo README, en un ZIP.",
    datasetZip: "El conjunto de datos completo como Data Package: el descriptor, sus tablas y un archivo README (ZIP)",
    chartZip: (title) => `\u201c${title}\u201d: sus cifras, su descripción y un archivo README (ZIP)`,
    links: { csv: "CSV", "metadata.json": "JSON", zip: "ZIP" },
    chartFile: {
      csv: (title) => `${title}: sus cifras, CSV`,
      "metadata.json": (title) => `${title}: la descripción de las cifras, JSON`,
      zip: (title) => `${title}: cifras, descripción y README, ZIP`,
    },
  },

  charts: {
    "smuggling-cases": {
      title: "Los casos de HSI por tráfico de migrantes cayeron más de la mitad en el AF2018",
      subtitle: "Casos nuevos de HSI, por año fiscal (AF)",
      yLabel: "Casos nuevos",
      inferredWhat: "el año anterior",
      inferredPeriod: (period) => `${period} (año inferido; el reportaje no precisa el año anterior)`,
      inferredPeriodShort: (period) => `${period} (año inferido)`,
      tip: (period, value) => `${period}: ${value} casos nuevos`,
      describeFirst: (value, period) =>
        `Gráfico de barras. Homeland Security Investigations abrió ${value} casos nuevos de tráfico de migrantes en el ${period}`,
      describeBoth: (first, value, period, fall) => `${first}, y ${value} en el ${period}, un ${fall} menos.`,
      columns: ["Año fiscal", "Casos nuevos", "Nota"],
    },
    "smuggling-cell-staff": {
      title: "A principios de 2019, la Human Smuggling Cell tenía menos de la mitad de su personal de 2016",
      subtitle: "Personal como índice, 2016 = 100",
      yLabel: "Personal (2016 = 100)",
      tip: (period, value, qualifier) => `${period}: ${value} (${qualifier})`,
      describeBase: (period, value) => `Gráfico del personal de la Human Smuggling Cell del ICE como índice: ${period} vale ${value}`,
      describeBound: (base, period, value) =>
        `${base}. Según el reportaje, en ${period} su personal equivalía a ${value} en ese índice; como solo se conoce ese límite superior, se dibuja como una zona rayada bajo una línea discontinua.`,
      indexNote: "Personal de 2016 = 100: no hemos encontrado cifras publicadas de su personal.",
      indexNoteShort: "",
      boundNote: "2019: menos de la mitad del personal de 2016, según el reportaje. Solo se conoce ese techo.",
      boundNoteShort: "",
      columns: ["Año", "Personal (2016 = 100)", "Nota"],
    },
    "agents-shift": {
      title: "Más investigaciones en centros de trabajo que casos de tráfico de migrantes en el AF2018",
      subtitle: "Conteos de HSI, por año fiscal (AF)",
      // Not "Índice" or anything with an accented capital: Plot sets this label 3 px from the
      // drawing's top, and the accent would rise out of it.
      yLabel: "Número",
      lines: {
        "hsi-smuggling-cases-opened": {
          name: "Casos de tráfico de migrantes",
          short: "Tráfico de migrantes",
          tiny: "Tráfico de migrantes",
          inText: "los casos de tráfico de migrantes abiertos",
        },
        "hsi-worksite-investigations-opened": {
          name: "Investigaciones en centros de trabajo",
          short: "Invest. en centros",
          tiny: "Centros de trabajo",
          inText: "las investigaciones en centros de trabajo abiertas",
        },
        "hsi-i9-audits-initiated": {
          name: "Auditorías del formulario I-9",
          short: "Auditorías I-9",
          tiny: "Auditorías I-9",
          inText: "las auditorías del formulario I-9 a empleadores",
        },
        "hsi-worksite-criminal-arrests": {
          name: "Arrestos penales",
          short: "Arrestos penales",
          tiny: "Arrestos penales",
          inText: "los arrestos penales en centros de trabajo",
        },
        "hsi-worksite-administrative-arrests": {
          name: "Arrestos administrativos",
          short: "Arrestos admin.",
          tiny: "Arrestos admin.",
          inText: "los arrestos administrativos en centros de trabajo",
        },
      },
      sourcesNote:
        "Tráfico de migrantes: cifras del ICE según ProPublica y The Atlantic. Centros de trabajo: cifras de cierre de año del ICE.",
      sourcesNoteShort: "",
      steadyNote: ([i1, i2], [c1, c2]) =>
        `Sin dibujar, porque no se multiplicaron: gerentes acusados formalmente (${i1} en el AF2017, ${i2} en el AF2018) y condenados (${c1} y luego ${c2}).`,
      steadyNoteShort: ([i1, i2], [c1, c2]) => `Gerentes acusados ${i1}\u2192${i2}; condenados ${c1}\u2192${c2}.`,
      inferredWhat: "el año base de los conteos de casos",
      tip: (name, period, value, change) => `${name}, ${period}: ${value}${change ? ` (${change} respecto al AF2017)` : ""}`,
      describe: (parts, caveat) => `Gráfico de líneas de los conteos de HSI en los AF2017 y AF2018: ${parts.join("; ")}.${caveat}`,
      describePart: (name, from, to, change, rose) => `${name} ${rose ? "subieron" : "bajaron"} un ${change}, de ${from} a ${to}`,
      describeCaveat: (base) => ` El reportaje no precisa el año base de los casos de tráfico de migrantes; aquí se toma como ${base}.`,
      inferredValue: (value) => `${value} (año inferido)`,
      columns: ["Medida", "Cambio"],
    },
    "border-apprehensions": {
      title: "Las detenciones fronterizas bajaron en el AF2017 y subieron en el AF2018",
      subtitle: "Contexto: frontera suroeste, por año fiscal (AF)",
      yLabel: "Personas detenidas",
      contextNote:
        "Contexto, no trabajo de HSI: son cifras de la Patrulla Fronteriza, y ninguna fuente citada aquí las vincula con los casos de tráfico de migrantes de HSI.",
      contextNoteShort: "Contexto: cifras de la Patrulla Fronteriza, no de HSI.",
      tip: (period, value) => `${period}: ${value} personas`,
      describe: (values) => `Gráfico de barras, como contexto, de las detenciones en la frontera suroeste: ${values.join(", ")}.`,
      valueIn: (value, period) => `${value} en el ${period}`,
      columns: ["Año fiscal", "Personas detenidas", "Fuente"],
    },
    "smuggling-prosecutions": {
      title: "Más procesos por ocultar o dar refugio a indocumentados (AF2015–AF2019)",
      subtitle: "Contexto: procesos nuevos, por año fiscal (AF)",
      yLabel: "Procesos",
      contextNote:
        "Contexto: estos procesos los presenta el Departamento de Justicia; no son casos abiertos por HSI. TRAC atribuye su aumento, al menos en parte, a una directiva de 2017 del entonces fiscal general Jeff Sessions.",
      contextNoteShort: "Contexto: procesos federales, no de HSI.",
      tip: (period, value, qualifier) => `${period}: ${value} procesos (${qualifier})`,
      describe: (values) =>
        `Gráfico de barras, como contexto, de los procesos federales por ocultar o dar refugio a inmigrantes indocumentados (procesos nuevos cuyo cargo principal cae bajo 8 U.S.C. 1324), según el conteo de TRAC: ${values.join(", ")}. Los límites y las aproximaciones se dibujan rayados o con contorno.`,
      valueIn: (value, period) => `${value} en el ${period}`,
      columns: ["Año fiscal", "Procesos", "Nota"],
    },
  },
} satisfies Dictionary;
