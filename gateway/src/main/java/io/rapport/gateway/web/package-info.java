/** The REST API of {@code API.md}: controllers, request shapes and problem details. */
package io.rapport.gateway.web;
