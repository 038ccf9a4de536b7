{{%AUTOESCAPE context="HTML"}}
<p class="muted"><a href="/metiers">{{_ Métiers _}}</a> · {{GRAND_DOMAIN}} · {{DOMAIN}}</p>
<h1>{{LABEL}} <span class="muted">({{CODE}})</span></h1>
{{#REGULATED}}<p class="notice">{{_ Métier réglementé : il faut un diplôme reconnu (équivalence) pour l'exercer. _}}</p>
{{/REGULATED}}
{{#HAS_DEFINITION}}<p class="lead">{{DEFINITION}}</p>
{{/HAS_DEFINITION}}
{{#HAS_TITLES}}
<h2>{{_ Autres intitulés _}}</h2>
<p>{{#TITLES}}{{TITLE}}{{#TITLES_separator}} · {{/TITLES_separator}}{{/TITLES}}</p>
{{/HAS_TITLES}}
{{#HAS_CORE}}
<h2>{{_ Compétences principales _}}</h2>
<ul>
{{#CORE_SKILL}}  <li>{{SKILL}}{{#KNOWLEDGE}} <span class="muted">({{_ savoir _}})</span>{{/KNOWLEDGE}}</li>
{{/CORE_SKILL}}</ul>
{{/HAS_CORE}}
{{#HAS_OPTIONAL}}
<h2>{{_ Autres compétences utiles _}}</h2>
<ul>
{{#OPTIONAL_SKILL}}  <li>{{SKILL}}</li>
{{/OPTIONAL_SKILL}}</ul>
{{/HAS_OPTIONAL}}
{{#HAS_CONTEXTS}}
<h2>{{_ Conditions de travail _}}</h2>
{{#CONTEXT_GROUP}}<h3>{{TYPE}}</h3>
<ul>
{{#CONTEXTS}}  <li>{{CONTEXT}}</li>
{{/CONTEXTS}}</ul>
{{/CONTEXT_GROUP}}
{{/HAS_CONTEXTS}}
{{#HAS_ADJACENT}}
<h2>{{_ Métiers proches _}}</h2>
<p class="muted">{{_ Part des compétences principales de ce métier déjà couverte, et compétences à acquérir. _}}</p>
<ul class="adjacent">
{{#ADJACENT}}  <li><a href="/metiers/{{ADJ_CODE}}">{{ADJ_LABEL}}</a> — {{COVERAGE}}{{#CURATED}} · {{_ passerelle repérée par le ROME _}}{{/CURATED}}
    {{#MISSING_SKILLS}}<br><span class="muted">{{_ À acquérir : _}} {{MISSING}}</span>{{/MISSING_SKILLS}}
  </li>
{{/ADJACENT}}</ul>
{{/HAS_ADJACENT}}
<p class="muted">{{_ Source : _}} {{VERSION}}</p>
